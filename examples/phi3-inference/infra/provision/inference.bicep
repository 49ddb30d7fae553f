// GPU inference endpoint on Azure Container Apps, serving code from an Azure Files share mounted at /mount.
// The default names match the fine-tuning template's, so both share one storage account, share and environment.

@description('Shell commands that start the inference app; joined with " && " so a failing step stops the start-up.')
@minLength(1)
param defaultCommands array

@description('Maximum number of GPU instances: the workload profile\'s node count and the app\'s replica count.')
@minValue(1)
@maxValue(20)
param maximumInstanceCount int = 2

@description('Azure region of every resource. Defaults to the resource group\'s region; it must offer GPU workload profiles.')
@minLength(1)
param location string = resourceGroup().location

@description('GPU workload profile: dedicated NC24-A100 (scales 0 to maximumInstanceCount) or a serverless consumption GPU profile.')
@allowed([
  'NC24-A100'
  'Consumption-GPU-NC24-A100'
  'Consumption-GPU-NC8as-T4'
])
param gpuProfile string = 'NC24-A100'

@description('Container image with Python and CUDA; the start commands install the app\'s requirements into it.')
@minLength(1)
param containerImage string = 'docker.io/pytorch/pytorch:2.4.1-cuda12.1-cudnn9-runtime'

@description('CIDR ranges allowed to call the endpoint, e.g. ["203.0.113.0/24"]. Empty leaves the public endpoint open to everyone.')
param allowedIpRanges array = []

@description('Storage account name: 3-24 lowercase letters and digits, unique across Azure.')
@minLength(3)
@maxLength(24)
param storageAccountName string = 'wasistorage${substring(uniqueString(resourceGroup().id), 0, 5)}'

@description('Azure Files share name: 3-63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit.')
@minLength(3)
@maxLength(63)
param fileShareName string = 'wasifileshare${substring(uniqueString(resourceGroup().id), 0, 5)}'

@description('Container Apps environment name: 2-60 letters, digits and hyphens, starting with a letter and ending with a letter or digit.')
@minLength(2)
@maxLength(60)
param acaEnvironmentName string = 'wasienv${substring(uniqueString(resourceGroup().id), 0, 5)}'

@description('Name of the environment\'s link to the file share: 2-32 lowercase letters, digits and hyphens, starting with a letter.')
@minLength(2)
@maxLength(32)
param acaEnvironmentStorageName string = 'wasienvstorage${substring(uniqueString(resourceGroup().id), 0, 5)}'

@description('Container app name: 2-32 lowercase letters, digits and hyphens, starting with a letter, ending with a letter or digit, no "--".')
@minLength(2)
@maxLength(32)
param acaAppName string = 'wasiacaapp${substring(uniqueString(resourceGroup().id), 0, 5)}'

@description('Log Analytics workspace name: 4-63 letters, digits and hyphens, starting and ending with a letter or digit.')
@minLength(4)
@maxLength(63)
param acaLogAnalyticsName string = 'wasilog${substring(uniqueString(resourceGroup().id), 0, 5)}'

var startCommand = join(defaultCommands, ' && ')
var gpuWorkloadProfileName = 'gpu'
// Serverless GPU profiles scale per replica; Azure rejects node counts on them.
var gpuIsServerless = gpuProfile != 'NC24-A100'
var gpuWorkloadProfile = gpuIsServerless ? {
  name: gpuWorkloadProfileName
  workloadProfileType: gpuProfile
} : {
  name: gpuWorkloadProfileName
  workloadProfileType: gpuProfile
  minimumCount: 0
  maximumCount: maximumInstanceCount
}
var workloadProfiles = [
  {
    name: 'Consumption'
    workloadProfileType: 'Consumption'
  }
  gpuWorkloadProfile
]
var gpuCpu = gpuProfile == 'Consumption-GPU-NC8as-T4' ? 8 : 24
var gpuMemory = gpuProfile == 'Consumption-GPU-NC8as-T4' ? '56Gi' : '220Gi'
var ipSecurityRestrictions = [for (range, i) in allowedIpRanges: {
  name: 'allow-${i}'
  action: 'Allow'
  ipAddressRange: range
}]
var shareVolumeName = 'share'
var appPort = 7860

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
    allowBlobPublicAccess: false
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
    workloadProfiles: workloadProfiles
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

resource containerApp 'Microsoft.App/containerApps@2024-03-01' = {
  name: acaAppName
  location: location
  properties: {
    managedEnvironmentId: environment.id
    workloadProfileName: gpuWorkloadProfileName
    configuration: {
      activeRevisionsMode: 'Single'
      ingress: {
        external: true
        targetPort: appPort
        transport: 'auto'
        allowInsecure: false
        ipSecurityRestrictions: ipSecurityRestrictions
      }
    }
    template: {
      containers: [
        {
          name: 'inference'
          image: containerImage
          command: [
            '/bin/bash'
            '-c'
            startCommand
          ]
          resources: {
            cpu: gpuCpu
            memory: gpuMemory
          }
          volumeMounts: [
            {
              volumeName: shareVolumeName
              mountPath: '/mount'
            }
          ]
          probes: [
            {
              // Pulling the image, installing requirements and loading a model onto the GPU takes ~20 minutes.
              type: 'Startup'
              httpGet: {
                path: '/'
                port: appPort
              }
              initialDelaySeconds: 60
              periodSeconds: 120
              timeoutSeconds: 5
              failureThreshold: 10
            }
            {
              type: 'Readiness'
              httpGet: {
                path: '/'
                port: appPort
              }
              periodSeconds: 10
              timeoutSeconds: 5
              failureThreshold: 3
            }
            {
              type: 'Liveness'
              httpGet: {
                path: '/'
                port: appPort
              }
              periodSeconds: 30
              timeoutSeconds: 5
              failureThreshold: 3
            }
          ]
        }
      ]
      volumes: [
        {
          name: shareVolumeName
          storageType: 'AzureFile'
          storageName: environmentStorage.name
        }
      ]
      scale: {
        minReplicas: 0
        maxReplicas: maximumInstanceCount
      }
    }
  }
}

output SUBSCRIPTION_ID string = subscription().subscriptionId
output RESOURCE_GROUP_NAME string = resourceGroup().name
output STORAGE_ACCOUNT_NAME string = storageAccount.name
output FILE_SHARE_NAME string = fileShare.name
output ACA_APP_NAME string = containerApp.name
output ACA_APP_ENDPOINT string = 'https://${containerApp.properties.configuration.ingress.fqdn}'
