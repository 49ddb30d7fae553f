// Fine-tuning on Azure Container Apps, as the AI Toolkit lays a project out: a storage account and share for the
// data, model and code, a workspace, an environment with a dedicated GPU profile named GPU, and a manual job that
// runs the fine-tuning commands on it. Its outputs are what infra/finetuning.config.json holds.

@description('Commands the fine-tuning job runs, joined with " && ".')
param defaultCommands array

@description('Maximum number of GPU instances of the GPU workload profile.')
param maximumInstanceCount int

@description('Region of every resource.')
param location string = resourceGroup().location

@description('Storage account holding the fine-tuned model and the project files.')
param storageAccountName string = 'aistorage${substring(uniqueString(resourceGroup().id), 0, 5)}'

@description('Azure Files share mounted at /mount.')
param fileShareName string = 'aifileshare${substring(uniqueString(resourceGroup().id), 0, 5)}'

@description('Container Apps environment with the GPU profile.')
param acaEnvironmentName string = 'aienv${substring(uniqueString(resourceGroup().id), 0, 5)}'

@description('The environment\'s link to the share.')
param acaEnvironmentStorageName string = 'aienvstorage${substring(uniqueString(resourceGroup().id), 0, 5)}'

@description('The fine-tuning job.')
param acaJobName string = 'aiacajob${substring(uniqueString(resourceGroup().id), 0, 5)}'

@description('Log Analytics workspace of the environment.')
param acaLogAnalyticsName string = 'ailog${substring(uniqueString(resourceGroup().id), 0, 5)}'

resource storageAccount 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    largeFileSharesState: 'Enabled'
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
  }
}

resource fileService 'Microsoft.Storage/storageAccounts/fileServices@2023-05-01' = {
  parent: storageAccount
  name: 'default'
}

resource fileShare 'Microsoft.Storage/storageAccounts/fileServices/shares@2023-05-01' = {
  parent: fileService
  name: fileShareName
  properties: {
    shareQuota: 1024
  }
}

resource logAnalytics 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: acaLogAnalyticsName
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource environment 'Microsoft.App/managedEnvironments@2024-03-01' = {
  name: acaEnvironmentName
  location: location
  properties: {
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: logAnalytics.properties.customerId
        sharedKey: logAnalytics.listKeys().primarySharedKey
      }
    }
    workloadProfiles: [
      {
        name: 'Consumption'
        workloadProfileType: 'Consumption'
      }
      {
        name: 'GPU'
        workloadProfileType: 'NC24-A100'
        minimumCount: 0
        maximumCount: maximumInstanceCount
      }
    ]
  }
}

resource environmentStorage 'Microsoft.App/managedEnvironments/storages@2024-03-01' = {
  parent: environment
  name: acaEnvironmentStorageName
  properties: {
    azureFile: {
      accountName: storageAccount.name
      accountKey: storageAccount.listKeys().keys[0].value
      shareName: fileShare.name
      accessMode: 'ReadWrite'
    }
  }
}

resource job 'Microsoft.App/jobs@2024-03-01' = {
  name: acaJobName
  location: location
  properties: {
    environmentId: environment.id
    workloadProfileName: 'GPU'
    configuration: {
      triggerType: 'Manual'
      replicaTimeout: 86400
      replicaRetryLimit: 0
      manualTriggerConfig: {
        parallelism: 1
        replicaCompletionCount: 1
      }
    }
    template: {
      containers: [
        {
          name: 'finetuning'
          image: 'docker.io/pytorch/pytorch:2.4.1-cuda12.1-cudnn9-runtime'
          command: [
            '/bin/bash'
            '-c'
            join(defaultCommands, ' && ')
          ]
          resources: {
            cpu: 24
            memory: '220Gi'
          }
          volumeMounts: [
            {
              volumeName: 'share'
              mountPath: '/mount'
            }
          ]
        }
      ]
      volumes: [
        {
          name: 'share'
          storageType: 'AzureFile'
          storageName: environmentStorage.name
        }
      ]
    }
  }
}

output SUBSCRIPTION_ID string = subscription().subscriptionId
output RESOURCE_GROUP_NAME string = resourceGroup().name
output STORAGE_ACCOUNT_NAME string = storageAccount.name
output FILE_SHARE_NAME string = fileShare.name
output ACA_JOB_NAME string = job.name
output COMMANDS array = defaultCommands
