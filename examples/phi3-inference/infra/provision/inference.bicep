// GPU inference endpoint on Azure Container Apps, serving code from an Azure Files share mounted at /mount.
// The default names match the AI Toolkit's fine-tuning template ('ai' + 5 characters of the group's unique string),
// so both share one storage account, share, workspace and environment. A resource that already exists is
// referenced (reuse* switches, which infractl sets from what it finds), never re-declared with other settings.

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

@description('Name of the GPU workload profile the app runs on; an environment that is created gets a profile of this name and type gpuProfile.')
@minLength(1)
@maxLength(64)
param gpuWorkloadProfileName string = 'GPU'

@description('Container image with Python and CUDA; the start commands install the app\'s requirements into it.')
@minLength(1)
param containerImage string = 'docker.io/pytorch/pytorch:2.4.1-cuda12.1-cudnn9-runtime'

@description('CIDR ranges allowed to call the endpoint, e.g. ["203.0.113.0/24"]. Empty leaves the public endpoint open to everyone.')
param allowedIpRanges array = []

@description('Storage account name: 3-24 lowercase letters and digits, unique across Azure.')
@minLength(3)
@maxLength(24)
param storageAccountName string = 'aistorage${substring(uniqueString(resourceGroup().id), 0, 5)}'

@description('Azure Files share name: 3-63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit.')
@minLength(3)
@maxLength(63)
param fileShareName string = 'aifileshare${substring(uniqueString(resourceGroup().id), 0, 5)}'

@description('Container Apps environment name: 2-60 letters, digits and hyphens, starting with a letter and ending with a letter or digit.')
@minLength(2)
@maxLength(60)
param acaEnvironmentName string = 'aienv${substring(uniqueString(resourceGroup().id), 0, 5)}'

@description('Name of the environment\'s link to the file share: 2-32 lowercase letters, digits and hyphens, starting with a letter.')
@minLength(2)
@maxLength(32)
param acaEnvironmentStorageName string = 'aienvstorage${substring(uniqueString(resourceGroup().id), 0, 5)}'

@description('Container app name: 2-32 lowercase letters, digits and hyphens, starting with a letter, ending with a letter or digit, no "--".')
@minLength(2)
@maxLength(32)
param acaAppName string = 'aiacaapp${substring(uniqueString(resourceGroup().id), 0, 5)}'

@description('Log Analytics workspace name: 4-63 letters, digits and hyphens, starting and ending with a letter or digit.')
@minLength(4)
@maxLength(63)
param acaLogAnalyticsName string = 'ailog${substring(uniqueString(resourceGroup().id), 0, 5)}'

@description('The storage account storageAccountName exists: reference it as it is instead of declaring it.')
param reuseStorageAccount bool = false

@description('The share fileShareName exists in that account: reference it as it is instead of declaring it.')
param reuseFileShare bool = false

@description('The Log Analytics workspace acaLogAnalyticsName exists: a new environment logs to it as it is.')
param reuseWorkspace bool = false

@description('The Container Apps environment acaEnvironmentName exists (with its GPU profile): add the app to it, leave it as it is.')
param reuseEnvironment bool = false

@description('The environment already links the share as acaEnvironmentStorageName: mount that link, leave it as it is.')
param reuseEnvironmentStorage bool = false

var startCommand = join(defaultCommands, ' && ')
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

resource storageAccount 'Microsoft.Storage/storageAccounts@2023-05-01' = if (!reuseStorageAccount) {
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

resource existingStorageAccount 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource fileService 'Microsoft.Storage/storageAccounts/fileServices@2023-05-01' = if (!reuseStorageAccount) {
  parent: storageAccount
  name: 'default'
}

resource existingFileService 'Microsoft.Storage/storageAccounts/fileServices@2023-05-01' existing = {
  parent: existingStorageAccount
  name: 'default'
}

resource fileShare 'Microsoft.Storage/storageAccounts/fileServices/shares@2023-05-01' = if (!reuseFileShare) {
  parent: existingFileService
  name: fileShareName
  properties: {
    shareQuota: 1024
  }
  dependsOn: [
    fileService
  ]
}

// A reused environment keeps logging where it does; the workspace is only needed for a new one.
resource logAnalytics 'Microsoft.OperationalInsights/workspaces@2023-09-01' = if (!reuseWorkspace && !reuseEnvironment) {
  name: acaLogAnalyticsName
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource existingLogAnalytics 'Microsoft.OperationalInsights/workspaces@2023-09-01' existing = {
  name: acaLogAnalyticsName
}

resource environment 'Microsoft.App/managedEnvironments@2024-03-01' = if (!reuseEnvironment) {
  name: acaEnvironmentName
  location: location
  properties: {
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: existingLogAnalytics.properties.customerId
        sharedKey: existingLogAnalytics.listKeys().primarySharedKey
      }
    }
    workloadProfiles: workloadProfiles
  }
  dependsOn: [
    logAnalytics
  ]
}

resource existingEnvironment 'Microsoft.App/managedEnvironments@2024-03-01' existing = {
  name: acaEnvironmentName
}

resource environmentStorage 'Microsoft.App/managedEnvironments/storages@2024-03-01' = if (!reuseEnvironmentStorage) {
  parent: existingEnvironment
  name: acaEnvironmentStorageName
  properties: {
    azureFile: {
      accountName: storageAccountName
      accountKey: existingStorageAccount.listKeys().keys[0].value
      shareName: fileShareName
      accessMode: 'ReadWrite'
    }
  }
  dependsOn: [
    environment
    fileShare
  ]
}

resource containerApp 'Microsoft.App/containerApps@2024-03-01' = {
  name: acaAppName
  location: location
  properties: {
    managedEnvironmentId: existingEnvironment.id
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
          storageName: acaEnvironmentStorageName
        }
      ]
      scale: {
        minReplicas: 0
        maxReplicas: maximumInstanceCount
      }
    }
  }
  dependsOn: [
    environment
    environmentStorage
  ]
}

output SUBSCRIPTION_ID string = subscription().subscriptionId
output RESOURCE_GROUP_NAME string = resourceGroup().name
output STORAGE_ACCOUNT_NAME string = storageAccountName
output FILE_SHARE_NAME string = fileShareName
output ACA_APP_NAME string = containerApp.name
// The bare host name, as the AI Toolkit's template writes it; infractl's readers accept it with or without https://.
output ACA_APP_ENDPOINT string = containerApp.properties.configuration.ingress.fqdn
